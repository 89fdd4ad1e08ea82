#!/usr/bin/env node
// The published CLI is the ncc bundle in dist/cli, so `npx shipcheck` works without a build step.
import '../dist/cli/index.js';
