// web-ext ships no types; this is the slice scripts/lint-firefox.ts uses.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(
        params: {
          sourceDir: string;
          output: 'none' | 'json' | 'text';
          selfHosted?: boolean;
          warningsAsErrors?: boolean;
        },
        options: { shouldExitProgram: boolean },
      ): Promise<unknown>;
    };
  };
  export default webExt;
}
