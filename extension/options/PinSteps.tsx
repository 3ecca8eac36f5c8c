/** The last step of the setup: where the score shows when the toolbar button is pinned. */
export function PinSteps() {
  const firefox = typeof navigator !== 'undefined' && /firefox/i.test(navigator.userAgent);
  return (
    <div class="jl-pin" data-testid="joblens-pin-steps">
      <h3>3. Pin JobLens to the toolbar</h3>
      {firefox ? (
        <p>
          Click the <strong>Extensions</strong> button (the puzzle piece) in the toolbar, then the
          gear beside JobLens, and choose <strong>Pin to Toolbar</strong>.
        </p>
      ) : (
        <p>
          Click the <strong>Extensions</strong> button (the puzzle piece) at the top right, then the
          pin beside JobLens.
        </p>
      )}
      <p class="jl-muted">
        The button then shows your match score on every job posting you open; click it for the
        details, to save the role, and to take notes.
      </p>
    </div>
  );
}
