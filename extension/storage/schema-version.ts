/**
 * The storage layout version this build reads and writes. Apart from migrations.ts so our
 * pages can check it before reading storage without bundling the migrations.
 */
export const CURRENT_SCHEMA_VERSION = 5;
