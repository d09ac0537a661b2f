namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A subject line advice shown before sending (never blocks it).</summary>
public sealed record SubjectWarning(string Code, string Message);
