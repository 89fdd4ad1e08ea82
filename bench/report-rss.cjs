// Preloaded into the shipcheck process by the benchmarks (node --require): prints its peak memory at exit.
process.on('exit', () => process.stderr.write(`\nshipcheck-max-rss-kb=${process.resourceUsage().maxRSS}\n`));
