import type { PlanFormEs } from './types';

/**
 * The observation's labels in Spanish (utils/plans/observation-model.ts), the way PLAN_FORM_ES
 * labels the plan's: only the labels and the choices as shown. What is stored stays as the
 * English form has it (a "Who" of "Attorney" reads "Abogado/a"), and what the advocate wrote is
 * shown as typed.
 */
export const OBSERVATION_FORM_ES: Pick<PlanFormEs, 'fields' | 'columns'> = {
  fields: {
    observedOn: { label: 'Fecha de la observación' },
    writtenOn: { label: 'Fecha en que se escribió' },
    flags: { label: 'Señales de alerta observadas' },
    seen: { label: 'Lo que vio u oyó', hint: 'En sus propias palabras: qué pasó y qué se dijo. Describa, no etiquete.' },
    reportedBy: {
      label: 'Quién se lo contó',
      hint: 'Solo si otra persona se lo contó (un/a cuidador/a, un/a maestro/a…): quién. Déjelo en blanco si usted lo vio u oyó.',
    },
    told: {
      label: 'A quién se le avisó, y cuándo',
      addLabel: 'Agregar a quién se le avisó',
      choices: {
        CSW: 'CSW',
        'CASA supervisor': 'Supervisor/a de CASA',
        Attorney: 'Abogado/a',
        'DCFS hotline': 'Línea de Protección Infantil del DCFS',
        Therapist: 'Terapeuta',
        Other: 'Otra persona',
      },
    },
    followUp: { label: 'Seguimiento', hint: 'Qué sigue, quién lo hace y para cuándo.' },
  },
  columns: {
    'told.role': 'Quién',
    'told.name': 'Nombre',
    'told.on': 'Fecha del aviso',
    'told.reference': 'Número de referencia (Línea de Protección Infantil del DCFS)',
  },
};
