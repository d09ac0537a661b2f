using ModularCrm.Modules.Sms.Counting;

namespace ModularCrm.Modules.Sms.Providers;

/// <summary>One SMS as a provider sends it; <paramref name="Ref"/> comes back in delivery reports.</summary>
internal sealed record OutgoingSms(string Ref, string To, string Sender, string Body, SmsEncoding Encoding);
