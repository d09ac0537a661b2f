namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary><c>GET /issues/{id}/preview</c>: the issue in the shop's layout, written to <see cref="Subscriber.Sample"/>.</summary>
internal sealed record PreviewView(string Subject, string Html, string? Text);
