namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>What a campaign template sees (snake_case): <c>contact</c>, <c>shop</c>, <c>campaign</c>, <c>unsubscribe_url</c>.</summary>
internal sealed record CampaignModel(TrackedContact Contact, RecipientModel.NamePart Shop, RecipientModel.NamePart Campaign, string UnsubscribeUrl);
