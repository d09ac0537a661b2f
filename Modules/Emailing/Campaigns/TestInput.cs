namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>A test send to the signed-in user, rendered for <c>ContactId</c> (or a sample contact).</summary>
public sealed record TestInput(long? ContactId);
