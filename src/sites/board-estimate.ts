/**
 * A job board that shows its own pay estimate beside postings labels it with its own name
 * ("$80K - $95K (Glassdoor est.)"); the employer's figure never carries the board's name
 * ("Employer provided", "Employer est."). An estimate is not the posting's pay: reporting it
 * would invent pay the employer never stated.
 */
export function namesBoard(board: string): (text: string) => boolean {
  const name = new RegExp(`(?:^|[^\\p{L}])${board}(?:$|[^\\p{L}])`, 'iu');
  return (text) => name.test(text);
}
