using System.Net.Mail;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// Who may receive a marketing e-mail (RGPD, CPCE art. L34-5): consent given, or an existing customer under the soft
/// opt-in when the campaign chose it; never a withdrawn consent, a withdrawn topic, a disabled address; one message per address.
/// </summary>
internal static class LawfulAudience
{
    /// <summary>Reasons, in the order they are checked (a member counts once, under the first that applies).</summary>
    public static readonly string[] Reasons =
        ["no_address", "invalid_address", "address_disabled", "withdrawn", "no_consent", "soft_opt_in_not_chosen", "topic_withdrawn", "duplicate_address"];

    public static AudienceSelection Select(IEnumerable<AudienceMember> members, string? topic, bool useSoftOptIn)
    {
        var excluded = Reasons.ToDictionary(r => r, _ => 0);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var recipients = new List<AudienceMember>();
        foreach (var member in members)
        {
            var reason = Exclusion(member, topic, useSoftOptIn, seen);
            if (reason is null)
            {
                recipients.Add(member);
            }
            else
            {
                excluded[reason]++;
            }
        }

        return new AudienceSelection(recipients, excluded);
    }

    private static string? Exclusion(AudienceMember m, string? topic, bool useSoftOptIn, HashSet<string> seen) => m switch
    {
        { Address: null or "" } => "no_address",
        _ when !MailAddress.TryCreate(m.Address.Trim(), out _) => "invalid_address",
        { AddressDisabledReason: not null } => "address_disabled",
        { Status: MarketingStatus.Withdrawn } => "withdrawn",
        { Status: MarketingStatus.NoConsent } => "no_consent",
        { Status: MarketingStatus.SoftOptInCustomer } when !useSoftOptIn => "soft_opt_in_not_chosen",
        _ when topic is not null && m.WithdrawnTopics.Contains(topic, StringComparer.OrdinalIgnoreCase) => "topic_withdrawn",
        _ when !seen.Add(m.Address.Trim()) => "duplicate_address",
        _ => null,
    };
}
