using ModularCrm.Sdk.Audience;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>The lawful recipients of a campaign, and how many members were left out for each reason.</summary>
internal sealed record AudienceSelection(IReadOnlyList<AudienceMember> Recipients, IReadOnlyDictionary<string, int> Excluded);
