export function extractExperienceYears(_t: string) { return null; }
