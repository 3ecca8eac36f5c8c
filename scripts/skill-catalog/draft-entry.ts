/** A skill read from a taxonomy, before case and context rules: a name and its written forms. */
export interface DraftEntry {
  name: string;
  /** Other ways of writing it (the name itself not repeated). */
  forms: string[];
  category: string;
  /** Named widely (O*NET "Hot Technology"): worth keeping one-word forms behind a context check. */
  hot: boolean;
  /** O*NET "Hot Technology" or "In Demand": a plain-worded name ("After Effects") is kept. */
  wanted: boolean;
  /** Forms never matched but naming the same product ("JIRA" of "Atlassian JIRA"), to meet it. */
  identity: string[];
  /** The vendor word stripped to make a short form ("Microsoft" for "Word"), if any. */
  vendor: string | null;
  source: 'onet' | 'esco' | 'credentials';
}
