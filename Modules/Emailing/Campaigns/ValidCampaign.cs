namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A campaign input that passed <see cref="CampaignValidator"/>.</summary>
internal sealed record ValidCampaign(string Name, string Subject, string Html, string? Text, long SegmentId, string? Topic, bool UseSoftOptIn);
