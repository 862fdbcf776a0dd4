export { MappingStep, type MappingStepProps } from './MappingStep';
export { AppliedMapping } from './AppliedMapping';
