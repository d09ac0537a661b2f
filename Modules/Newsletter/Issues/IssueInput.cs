namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary>An issue as staff write it: its newsletter (on creation), subject, format (<c>markdown</c> or <c>html</c>) and body.</summary>
public sealed record IssueInput(long? ListId, string? Subject, string? Format, string? Body);
