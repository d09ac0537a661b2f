namespace ModularCrm.Sdk.Audience;

/// <summary>A contact's opt-out, recorded in their consent log as proof.</summary>
/// <param name="ContactId">The contact's id.</param>
/// <param name="Channel">The channel opted out of.</param>
/// <param name="Topic">A topic (list) to opt out of while keeping the channel; null for a global opt-out of the channel.</param>
/// <param name="Source">Where the opt-out came from (for example <c>emailing:unsubscribe-link</c> or <c>emailing:one-click</c>).</param>
/// <param name="Proof">What proves it (campaign, message id, request details), or null.</param>
/// <param name="At">When the contact opted out.</param>
public sealed record ConsentWithdrawal(long ContactId, AudienceChannel Channel, string? Topic, string Source, string? Proof, DateTimeOffset At);
