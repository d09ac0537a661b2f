namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>An issue in the shop's layout: the same for every subscriber (the e-mailing module adds each one's links).</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Html">The whole HTML document, also the archive's web version.</param>
/// <param name="Text">The plain-text version: the Markdown source for a Markdown issue, null (derived) for HTML.</param>
internal sealed record RenderedIssue(string Subject, string Html, string? Text);
