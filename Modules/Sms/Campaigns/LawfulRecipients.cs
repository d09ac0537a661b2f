using System.Text.RegularExpressions;
using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>
/// Who may receive a promotional SMS (CPCE art. L34-5): only contacts who gave SMS consent. The soft opt-in is not used
/// for SMS here: the brief of the shop is consent only. Never a withdrawn consent, a disabled number, and one message per number.
/// </summary>
internal static partial class LawfulRecipients
{
    /// <summary>Reasons, in the order they are checked (a member counts once, under the first that applies).</summary>
    public static readonly string[] Reasons = ["no_number", "invalid_number", "number_disabled", "withdrawn", "no_consent", "duplicate_number"];

    public static (List<AudienceMember> Recipients, Dictionary<string, int> Excluded) Select(IEnumerable<AudienceMember> members)
    {
        var excluded = Reasons.ToDictionary(r => r, _ => 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var recipients = new List<AudienceMember>();
        foreach (var member in members)
        {
            if (Exclusion(member, seen) is { } reason)
            {
                excluded[reason]++;
            }
            else
            {
                recipients.Add(member);
            }
        }

        return (recipients, excluded);
    }

    /// <summary>Why <paramref name="member"/> may not get a promotional SMS, or null.</summary>
    public static string? Exclusion(AudienceMember member, HashSet<string>? seen = null) => member switch
    {
        { Address: null or "" } => "no_number",
        _ when !E164().IsMatch(member.Address) => "invalid_number",
        { AddressDisabledReason: not null } => "number_disabled",
        { Status: MarketingStatus.Withdrawn } => "withdrawn",
        { Status: not MarketingStatus.ConsentGiven } => "no_consent",
        _ when seen is not null && !seen.Add(member.Address) => "duplicate_number",
        _ => null,
    };

    public static bool IsNumber(string? text) => text is not null && E164().IsMatch(text);

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
