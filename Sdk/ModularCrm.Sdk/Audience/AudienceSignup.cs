namespace ModularCrm.Sdk.Audience;

/// <summary>A person who asked, and proved it (double opt-in), to receive one list on one channel.</summary>
/// <param name="Channel">The channel of the list.</param>
/// <param name="Address">The confirmed address (e-mail, or mobile number in E.164 for SMS).</param>
/// <param name="FirstName">The first name they gave, or null.</param>
/// <param name="LastName">The last name they gave, or null.</param>
/// <param name="Topic">The list they subscribed to, as the sending module names it in its messages (for example <c>newsletter:actus</c>).</param>
/// <param name="Source">Where the consent came from (for example <c>newsletter:form</c>), kept in the consent log.</param>
/// <param name="Proof">What proves it (confirmation time and link, request details), or null.</param>
/// <param name="At">When they confirmed.</param>
public sealed record AudienceSignup(
    AudienceChannel Channel,
    string Address,
    string? FirstName,
    string? LastName,
    string Topic,
    string Source,
    string? Proof,
    DateTimeOffset At);
