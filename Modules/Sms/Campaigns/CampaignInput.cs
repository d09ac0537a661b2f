namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>A campaign draft as staff send it: a name, the text template and the contacts segment it goes to.</summary>
public sealed record CampaignInput(string? Name, string? Text, long? SegmentId);
