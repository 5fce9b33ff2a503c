export { classify, type ClassifyInput, type KernelEvidence } from './classify.js';
export { CLASSES, type Diagnosis, type DiagnosisClass } from './diagnosis.js';
export { watchKernel, type KernelWatch } from './kernel.js';
export type { MemoryContext } from './memory-remedy.js';
