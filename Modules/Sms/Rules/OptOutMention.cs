namespace ModularCrm.Modules.Sms.Rules;

/// <summary>Every promotional SMS ends with the means to refuse further ones (CPCE art. L34-5), <c>STOP au 36180</c> by default.</summary>
internal static class OptOutMention
{
    public const string Default = "STOP au 36180";

    public static string Append(string text, string mention)
    {
        var body = text.TrimEnd();
        return body.EndsWith(mention, StringComparison.OrdinalIgnoreCase) ? body : $"{body}\n{mention}";
    }
}
