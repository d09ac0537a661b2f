namespace ModularCrm.Sdk.Audience;

/// <summary>An address that must not be used any more on a channel: a hard bounce, an invalid number, a complaint.</summary>
/// <param name="ContactId">The contact whose address failed.</param>
/// <param name="Channel">The channel of the address.</param>
/// <param name="Address">The address that failed, as it was used.</param>
/// <param name="Reason">The reason, as the server gave it (for example <c>550 5.1.1 user unknown</c>).</param>
/// <param name="At">When the failure was reported.</param>
public sealed record AddressFailure(long ContactId, AudienceChannel Channel, string Address, string Reason, DateTimeOffset At);
