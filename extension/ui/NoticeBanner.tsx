/** Stored data that failed validation was set aside: say so, point to where it can be seen. */
export function NoticeBanner({ count, onOpen }: { count: number; onOpen?: () => void }) {
  if (count === 0) return null;
  return (
    <p class="jl-notice" role="status" data-testid="joblens-notice">
      {count === 1
        ? '1 stored item could not be read and was set aside.'
        : `${count} stored items could not be read and were set aside.`}
      {onOpen && (
        <button type="button" class="jl-link" onClick={onOpen}>
          Details
        </button>
      )}
    </p>
  );
}
