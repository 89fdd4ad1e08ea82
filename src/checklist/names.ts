/** The static checks `shipcheck check` runs, in order (registry.ts holds their code; a test keeps both equal). */
export const CHECK_NAMES = ['lint-requirements', 'schema-compare', 'docker-build-test'] as const;
