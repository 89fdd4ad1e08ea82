import { releaseLeftoverLocks } from './post.js';

await releaseLeftoverLocks();
