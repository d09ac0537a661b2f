namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// The per-message links <see cref="MarketingMarkup"/> writes: the signed ones (<see cref="ShopLinks"/>), or
/// placeholders that <c>CampaignRenderMemo</c> fills in per message.
/// </summary>
internal interface IMessageLinks
{
    string UnsubscribeUrl(string reference);

    string OpenUrl(string reference);

    /// <summary>A tracked link to <paramref name="target"/>, or the target itself when it is not tracked.</summary>
    string ClickUrl(string reference, string target);
}
