namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// A campaign to create or edit. <c>Subject</c>, <c>Html</c> and <c>Text</c> are templates (Scriban syntax) seeing
/// <c>contact</c> (civility, first_name, last_name, display_name, company_name, email, last_purchase_on), <c>shop</c>
/// (name), <c>campaign</c> (name) and <c>unsubscribe_url</c>. <c>Topic</c>: the list it belongs to (an opt-out of
/// that topic keeps other campaigns); <c>UseSoftOptIn</c>: also send to customers without consent (soft opt-in).
/// </summary>
public sealed record CampaignInput(string? Name, string? Subject, string? Html, string? Text, long? SegmentId, string? Topic, bool? UseSoftOptIn);
