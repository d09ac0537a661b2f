namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary><c>POST /issues/{id}/test</c>: the address to send the test to; null for the signed-in user's own.</summary>
public sealed record TestInput(string? To);
