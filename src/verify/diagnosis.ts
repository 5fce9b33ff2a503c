/**
 * One failure explained: the card a person reads. The build-failure classifier (src/diagnose/)
 * writes the same shape, so the report renders both alike.
 */
export interface Diagnosis {
  class: string;
  confidence: 'high' | 'medium' | 'low';
  /** One line. */
  title: string;
  evidence: { text: string; source: string; line?: number }[];
  concerns: { python?: string; extension?: string; file?: string; library?: string };
  remedy: string;
}
