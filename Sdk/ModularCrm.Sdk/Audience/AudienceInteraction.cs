namespace ModularCrm.Sdk.Audience;

/// <summary>A message sent to a contact, to add to their history.</summary>
/// <param name="ContactId">The contact.</param>
/// <param name="Channel">The channel the message went through.</param>
/// <param name="OccurredAt">When it was sent.</param>
/// <param name="Subject">A short subject line, or null.</param>
/// <param name="Body">A summary of the content, or null.</param>
/// <param name="SourceModule">The id of the module that sent it.</param>
/// <param name="ExternalRef">A reference unique within <paramref name="SourceModule"/> (a second log with the same one is ignored), or null.</param>
public sealed record AudienceInteraction(
    long ContactId,
    AudienceChannel Channel,
    DateTimeOffset OccurredAt,
    string? Subject,
    string? Body,
    string SourceModule,
    string? ExternalRef);
