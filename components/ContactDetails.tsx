import type { ContactDetails as Contact } from '@/content';
import { displayUrl, formatPhone, formatText, smsHref, telHref } from '@/utils/format';

/** A contact's structured fields, each one a link where a link makes sense. */
export function ContactDetails({ contact }: { contact: Contact }) {
  const link = (href: string, text: string) => (
    <a href={href} target="_blank" rel="noreferrer">
      {text}
    </a>
  );
  return (
    <dl class="contact">
      {contact.phones?.map((p) => (
        <div key={p.number}>
          <dt>Call{p.label ? ` (${p.label})` : ''}</dt>
          <dd>
            <a href={telHref(p.number)}>{formatPhone(p)}</a>
          </dd>
        </div>
      ))}
      {contact.text && (
        <div>
          <dt>Text</dt>
          <dd>
            <a href={smsHref(contact.text)}>{formatText(contact.text).replace(/^text /, '')}</a>
          </dd>
        </div>
      )}
      {contact.tty && (
        <div>
          <dt>TTY</dt>
          <dd>
            <a href={telHref(contact.tty)}>{contact.tty}</a>
          </dd>
        </div>
      )}
      {contact.chatUrl && (
        <div>
          <dt>Chat</dt>
          <dd>{link(contact.chatUrl, displayUrl(contact.chatUrl))}</dd>
        </div>
      )}
      {contact.email && (
        <div>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      )}
      {contact.website && (
        <div>
          <dt>Website</dt>
          <dd>{link(contact.website, displayUrl(contact.website))}</dd>
        </div>
      )}
      {contact.hours && (
        <div>
          <dt>Hours</dt>
          <dd>{contact.hours}</dd>
        </div>
      )}
      {contact.languages && (
        <div>
          <dt>Languages</dt>
          <dd>{contact.languages}</dd>
        </div>
      )}
    </dl>
  );
}
