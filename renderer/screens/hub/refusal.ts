// Why a bundle was refused, in the user's language, with the numbers the hub gave (seq to send from…).
import type { TFunction } from 'i18next';
import type { HubImportReport } from '../../../src/domain/types';

export const refusalReason = (report: HubImportReport, t: TFunction) =>
  t(`hub.reason.${report.code ?? 'INTERNAL'}`, { ...report.params, defaultValue: t('hub.reason.INTERNAL') });
