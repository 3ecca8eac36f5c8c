// web-ext ships no types; this is the slice scripts/lint-firefox.ts and scripts/package.ts use.
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
      build(
        params: {
          sourceDir: string;
          artifactsDir: string;
          filename?: string;
          overwriteDest?: boolean;
        },
        options: { shouldExitProgram: boolean },
      ): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
