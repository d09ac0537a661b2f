namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A campaign rendered for one recipient.</summary>
internal sealed record RenderedMessage(string Subject, string Html, string Text);
