using System.Globalization;

namespace ModularCrm.Modules.Sms.Providers;

/// <summary>
/// The default provider, so that a fresh install works without an operator account: each message becomes a text file
/// (<c>{shop}/{ref}.sms</c>, headers then the body) in a folder, named by its ref so a re-send overwrites, never doubles.
/// </summary>
internal sealed class FileOutboxProvider(string directory, long shopId) : ISmsProvider
{
    public async Task<string?> SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        try
        {
            var folder = Path.Combine(directory, shopId.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var content = $"To: {sms.To}\nFrom: {sms.Sender}\nRef: {sms.Ref}\nEncoding: {sms.Encoding}\n\n{sms.Body}\n";
            await File.WriteAllTextAsync(Path.Combine(folder, sms.Ref + ".sms"), content, cancellationToken);
            return null;
        }
        catch (IOException ex)
        {
            throw new SmsDeliveryException($"Écriture impossible dans {directory} : {ex.Message}", permanent: false, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SmsDeliveryException($"Écriture interdite dans {directory} : {ex.Message}", permanent: false, ex);
        }
    }
}
