import type { PortalLanguage } from './languages';

/**
 * The consent a visitor gives with "Beratung anfragen" in a Wegweiser result: their answers go to
 * the welcome centre responsible for the place they named. The text is versioned: a contact request
 * stores the version it was given under; a changed text gets a new version id (never edit a
 * published one in place).
 */
export const contactConsentVersion = 'contact-2026-12-v1';

/** Every version ever shown, so a stored request can always be read with the text the person saw. */
export const contactConsentTexts: Record<string, Record<PortalLanguage, string>> = {
  [contactConsentVersion]: {
    de: 'Ich bin damit einverstanden, dass meine Angaben aus dem Wegweiser (meine Antworten und das Ergebnis), mein Name, meine E-Mail-Adresse, meine bevorzugte Sprache, der gewählte Ort und meine Nachricht an das Welcome Center weitergegeben werden, das für diesen Ort zuständig ist. Das Welcome Center nutzt diese Angaben nur, um mich zu beraten und mich dafür zu kontaktieren. Die Einwilligung ist freiwillig. Ich kann sie jederzeit ohne Angabe von Gründen beim Welcome Center widerrufen; der Widerruf gilt für die Zukunft.',
    en: 'I agree that my details from the Wegweiser (my answers and the result), my name, my e-mail address, my preferred language, the place I chose and my message are passed on to the welcome centre responsible for that place. The welcome centre uses these details only to advise me and to contact me for that. This consent is voluntary. I can withdraw it at any time, without giving reasons, by telling the welcome centre; the withdrawal applies from then on.',
    ar: 'أوافق على إرسال بياناتي من دليل الطريق (Wegweiser) (إجاباتي والنتيجة)، واسمي، وبريدي الإلكتروني، ولغتي المفضلة، والمكان الذي اخترته، ورسالتي إلى مركز الترحيب (Welcome Center) المسؤول عن هذا المكان. يستخدم مركز الترحيب هذه البيانات فقط لتقديم الاستشارة لي والتواصل معي من أجلها. هذه الموافقة طوعية. يمكنني سحبها في أي وقت ودون ذكر الأسباب بإبلاغ مركز الترحيب؛ ويسري السحب من ذلك الحين فصاعدًا.',
    tr: 'Wegweiser’daki bilgilerimin (yanıtlarım ve sonuç), adımın, e-posta adresimin, tercih ettiğim dilin, seçtiğim yerin ve mesajımın o yerden sorumlu Welcome Center’a iletilmesini kabul ediyorum. Welcome Center bu bilgileri yalnızca bana danışmanlık yapmak ve bunun için benimle iletişime geçmek amacıyla kullanır. Bu onay gönüllüdür. Onayımı istediğim zaman, gerekçe göstermeden Welcome Center’a bildirerek geri alabilirim; geri alma o andan itibaren geçerlidir.',
    uk: 'Я погоджуюся, щоб мої дані з Wegweiser (мої відповіді та результат), моє ім’я, моя адреса електронної пошти, моя бажана мова, обране місце та моє повідомлення було передано до Welcome Center, відповідального за це місце. Welcome Center використовує ці дані лише для того, щоб проконсультувати мене та зв’язатися зі мною з цією метою. Ця згода є добровільною. Я можу будь-коли відкликати її без пояснення причин, повідомивши Welcome Center; відкликання діє на майбутнє.',
    fr: 'J’accepte que mes informations issues du Wegweiser (mes réponses et le résultat), mon nom, mon adresse e-mail, ma langue préférée, le lieu choisi et mon message soient transmis au Welcome Center compétent pour ce lieu. Le Welcome Center utilise ces informations uniquement pour me conseiller et me contacter à cette fin. Ce consentement est volontaire. Je peux le retirer à tout moment, sans donner de raison, en le signalant au Welcome Center ; le retrait vaut pour l’avenir.',
  },
};

/** The text of a version in a language, or undefined for an unknown version. */
export const contactConsentText = (version: string, language: PortalLanguage): string | undefined => contactConsentTexts[version]?.[language];
