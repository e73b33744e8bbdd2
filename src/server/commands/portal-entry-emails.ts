import type { PortalLanguage } from '../../domain/portal/languages';

/**
 * The e-mails of "Beratung anfragen" and of portal invitations, in the person's language. They
 * carry no personal data: no answers, no name, nothing of the case; only who will get in touch and
 * (for an invitation) the one-time link.
 */
type Mail = { subject: string; body: string };

const locales: Record<PortalLanguage, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar', tr: 'tr-TR', uk: 'uk-UA', fr: 'fr-FR' };

export const formatUntil = (date: Date, language: PortalLanguage): string =>
  new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);

const contactTexts: Record<PortalLanguage, (organisation: string) => Mail> = {
  de: (organisation) => ({
    subject: 'Lotse: Ihre Anfrage nach Beratung',
    body: `Guten Tag,\n\nvielen Dank für Ihre Anfrage nach Beratung. Wir haben sie an ${organisation} weitergegeben. Dort meldet man sich bei Ihnen, in der Regel per E-Mail an diese Adresse.\n\nIhre Angaben wurden nur mit Ihrer Einwilligung weitergegeben. Sie können die Einwilligung jederzeit bei ${organisation} widerrufen.\n\nWenn Sie keine Anfrage gestellt haben, müssen Sie nichts tun.\n`,
  }),
  en: (organisation) => ({
    subject: 'Lotse: your request for counselling',
    body: `Hello,\n\nthank you for your request for counselling. We have passed it on to ${organisation}. They will get in touch with you, usually by e-mail to this address.\n\nYour details were passed on only with your consent. You can withdraw it at any time by telling ${organisation}.\n\nIf you did not send a request, you need not do anything.\n`,
  }),
  ar: (organisation) => ({
    subject: 'Lotse: طلبك للحصول على استشارة',
    body: `مرحبًا،\n\nشكرًا لطلبك الحصول على استشارة. لقد أرسلنا طلبك إلى ${organisation}. سيتواصلون معك، عادةً عبر البريد الإلكتروني على هذا العنوان.\n\nتم إرسال بياناتك بموافقتك فقط. يمكنك سحب موافقتك في أي وقت بإبلاغ ${organisation}.\n\nإذا لم ترسل أي طلب، فلا داعي لفعل أي شيء.\n`,
  }),
  tr: (organisation) => ({
    subject: 'Lotse: Danışmanlık talebiniz',
    body: `Merhaba,\n\ndanışmanlık talebiniz için teşekkür ederiz. Talebinizi ${organisation} kurumuna ilettik. Sizinle genellikle bu adrese e-posta ile iletişime geçecekler.\n\nBilgileriniz yalnızca onayınızla iletildi. Onayınızı istediğiniz zaman ${organisation} kurumuna bildirerek geri alabilirsiniz.\n\nBir talepte bulunmadıysanız herhangi bir şey yapmanıza gerek yoktur.\n`,
  }),
  uk: (organisation) => ({
    subject: 'Lotse: ваш запит на консультацію',
    body: `Добрий день,\n\nдякуємо за ваш запит на консультацію. Ми передали його до ${organisation}. Там з вами зв’яжуться, зазвичай електронною поштою на цю адресу.\n\nВаші дані було передано лише з вашої згоди. Ви можете будь-коли відкликати згоду, повідомивши ${organisation}.\n\nЯкщо ви не надсилали запиту, нічого робити не потрібно.\n`,
  }),
  fr: (organisation) => ({
    subject: 'Lotse : votre demande de conseil',
    body: `Bonjour,\n\nmerci pour votre demande de conseil. Nous l’avons transmise à ${organisation}. On vous contactera, en général par e-mail à cette adresse.\n\nVos informations n’ont été transmises qu’avec votre consentement. Vous pouvez le retirer à tout moment en le signalant à ${organisation}.\n\nSi vous n’avez pas fait de demande, vous n’avez rien à faire.\n`,
  }),
};

const invitationTexts: Record<PortalLanguage, (organisation: string, link: string, until: string) => Mail> = {
  de: (organisation, link, until) => ({
    subject: 'Lotse: Einladung zu Ihrem Portal',
    body: `Guten Tag,\n\n${organisation} lädt Sie in das Portal von Lotse ein. Dort sehen Sie Ihren Weg, Ihre Unterlagen, Ihre Einwilligungen und Ihre Nachrichten.\n\nÜber diesen Link legen Sie Ihr Passwort fest:\n\n${link}\n\nDer Link gilt einmal und bis ${until}. Wenn Sie keine Einladung erwartet haben, müssen Sie nichts tun.\n`,
  }),
  en: (organisation, link, until) => ({
    subject: 'Lotse: invitation to your portal',
    body: `Hello,\n\n${organisation} invites you to the Lotse portal. There you can see your journey, your documents, your consents and your messages.\n\nUse this link to set your password:\n\n${link}\n\nThe link works once and until ${until}. If you did not expect an invitation, you need not do anything.\n`,
  }),
  ar: (organisation, link, until) => ({
    subject: 'Lotse: دعوة إلى بوابتك',
    body: `مرحبًا،\n\nيدعوك ${organisation} إلى بوابة Lotse. هناك يمكنك متابعة طريقك ومستنداتك وموافقاتك ورسائلك.\n\nاستخدم هذا الرابط لتعيين كلمة المرور الخاصة بك:\n\n${link}\n\nيعمل الرابط مرة واحدة فقط وحتى ${until}. إذا لم تكن تنتظر دعوة، فلا داعي لفعل أي شيء.\n`,
  }),
  tr: (organisation, link, until) => ({
    subject: 'Lotse: Portalınıza davet',
    body: `Merhaba,\n\n${organisation} sizi Lotse portalına davet ediyor. Orada yolunuzu, belgelerinizi, onaylarınızı ve mesajlarınızı görebilirsiniz.\n\nŞifrenizi bu bağlantı ile belirleyin:\n\n${link}\n\nBağlantı yalnızca bir kez ve ${until} tarihine kadar geçerlidir. Bir davet beklemiyorsanız herhangi bir şey yapmanıza gerek yoktur.\n`,
  }),
  uk: (organisation, link, until) => ({
    subject: 'Lotse: запрошення до вашого порталу',
    body: `Добрий день,\n\n${organisation} запрошує вас до порталу Lotse. Там ви бачите свій шлях, свої документи, свої згоди та повідомлення.\n\nЗа цим посиланням ви встановите свій пароль:\n\n${link}\n\nПосилання діє один раз і до ${until}. Якщо ви не очікували запрошення, нічого робити не потрібно.\n`,
  }),
  fr: (organisation, link, until) => ({
    subject: 'Lotse : invitation à votre portail',
    body: `Bonjour,\n\n${organisation} vous invite sur le portail Lotse. Vous y voyez votre parcours, vos documents, vos consentements et vos messages.\n\nUtilisez ce lien pour définir votre mot de passe :\n\n${link}\n\nLe lien fonctionne une seule fois et jusqu’au ${until}. Si vous n’attendiez pas d’invitation, vous n’avez rien à faire.\n`,
  }),
};

export const contactConfirmationMail = (language: PortalLanguage, organisation: string): Mail => contactTexts[language](organisation);

export const portalInvitationMail = (language: PortalLanguage, organisation: string, link: string, expiresAt: Date): Mail =>
  invitationTexts[language](organisation, link, formatUntil(expiresAt, language));
