namespace ModularCrm.Modules.Sms.Settings;

/// <summary>The providers a shop can choose.</summary>
internal static class SmsProviders
{
    public const string File = "file";
    public const string Http = "http";
}
