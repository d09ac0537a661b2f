namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>Why a text is in the outbox.</summary>
internal static class OutboxKinds
{
    /// <summary>One recipient of a campaign.</summary>
    public const string Campaign = "campaign";

    /// <summary>A message to one contact, written by staff.</summary>
    public const string Single = "single";

    /// <summary>A text another module queued through <c>ISmsOutbox</c> (its own figures by stream).</summary>
    public const string Module = "module";
}
