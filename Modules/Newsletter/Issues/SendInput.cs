namespace ModularCrm.Modules.Newsletter.Issues;

/// <summary><c>POST /issues/{id}/send</c>: null (or a past time) sends now, a later time schedules.</summary>
public sealed record SendInput(DateTimeOffset? At);
