using System.Text;

namespace ModularCrm.Testing.Mail;

/// <summary>A decoded leaf part of a message.</summary>
public sealed record EmlPart(string ContentType, string Disposition, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}
