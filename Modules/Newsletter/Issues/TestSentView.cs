namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary><c>POST /issues/{id}/test</c>: where the test copy went, and its message id.</summary>
internal sealed record TestSentView(string To, string? MessageId);
