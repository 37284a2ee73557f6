import type { ContactDetails as Contact, EntryEs } from '@/content';
import { displayUrl, formatPhone, smsHref, telHref } from '@/utils/format';
import { t } from '@/utils/i18n';

/**
 * A contact's structured fields, each one a link where a link makes sense; `es`, its own
 * words in Spanish (hours, languages, phone labels) where the page is in Spanish.
 */
export function ContactDetails({ contact, es }: { contact: Contact; es?: EntryEs['contact'] }) {
  const label = (l: string) => es?.phoneLabels?.[l] ?? l;
  const link = (href: string, text: string) => (
    <a href={href} target="_blank" rel="noreferrer">
      {text}
    </a>
  );
  return (
    <dl class="contact">
      {contact.phones?.map((p) => (
        <div key={p.number}>
          <dt>{p.label ? t('contact_call_for', label(p.label)) : t('contact_call')}</dt>
          <dd>
            <a href={telHref(p.number)}>{formatPhone(p)}</a>
          </dd>
        </div>
      ))}
      {contact.text && (
        <div>
          <dt>{t('contact_text')}</dt>
          <dd>
            <a href={smsHref(contact.text)}>
              {contact.text.keyword ? `${contact.text.keyword} → ${contact.text.number}` : contact.text.number}
            </a>
          </dd>
        </div>
      )}
      {contact.tty && (
        <div>
          <dt>{t('contact_tty')}</dt>
          <dd>
            <a href={telHref(contact.tty)}>{contact.tty}</a>
          </dd>
        </div>
      )}
      {contact.chatUrl && (
        <div>
          <dt>{t('contact_chat')}</dt>
          <dd>{link(contact.chatUrl, displayUrl(contact.chatUrl))}</dd>
        </div>
      )}
      {contact.email && (
        <div>
          <dt>{t('contact_email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      )}
      {contact.website && (
        <div>
          <dt>{t('contact_website')}</dt>
          <dd>{link(contact.website, displayUrl(contact.website))}</dd>
        </div>
      )}
      {contact.hours && (
        <div>
          <dt>{t('contact_hours')}</dt>
          <dd>{es?.hours ?? contact.hours}</dd>
        </div>
      )}
      {(contact.languages || contact.spanishUnconfirmed) && (
        <div>
          <dt>{t('contact_languages')}</dt>
          <dd>{contact.languages ? (es?.languages ?? contact.languages) : t('contact_spanish_unconfirmed')}</dd>
        </div>
      )}
    </dl>
  );
}
