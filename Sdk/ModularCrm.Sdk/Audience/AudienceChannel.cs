namespace ModularCrm.Sdk.Audience;

/// <summary>A channel through which a marketing module reaches a contact; consent and opt-outs are kept per channel.</summary>
public enum AudienceChannel
{
    /// <summary>E-mail, to the contact's e-mail address.</summary>
    Email,

    /// <summary>Text messages, to the contact's mobile number.</summary>
    Sms,
}
