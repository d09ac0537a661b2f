namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>The form to paste into another site: plain HTML, no script.</summary>
internal sealed record EmbedView(string Html);
