using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ModularCrm.Modules.Sms.Counting;

namespace ModularCrm.Modules.Sms.Providers;

/// <summary>
/// An operator's HTTP API in the shape most French SMS gateways share: <c>POST {endpoint}</c> with HTTP Basic
/// credentials and a JSON body <c>{ sender, to, text, reference, encoding }</c>, answered by <c>{ "id": "…" }</c>.
/// A 4xx answer (except 408 and 429) is a refusal; a 5xx, a timeout or a broken connection is retried later.
/// </summary>
internal sealed class HttpGatewayProvider(HttpClient http, Uri endpoint, string? login, string? password) : ISmsProvider
{
    public async Task<string?> SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new
            {
                sender = sms.Sender,
                to = sms.To,
                text = sms.Body,
                reference = sms.Ref,
                encoding = sms.Encoding == SmsEncoding.Gsm7 ? "GSM7" : "UCS2",
            }),
        };
        var token = login is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login}:{password}"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new SmsDeliveryException($"Passerelle SMS injoignable : {ex.Message}", permanent: false, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmsDeliveryException("Passerelle SMS : délai dépassé.", permanent: false, ex);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var permanent = (int)response.StatusCode is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
                throw new SmsDeliveryException($"Passerelle SMS : {(int)response.StatusCode} {Cut(Redact(body, token))}", permanent);
            }

            return ProviderId(body);
        }
    }

    private static string? ProviderId(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? Cut(id.ToString()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The error is kept on the message and may reach logs: a gateway that echoes the request must not leak the credentials.
    private string Redact(string text, string? token)
    {
        foreach (var secret in new[] { token, password }.Where(x => !string.IsNullOrEmpty(x)))
        {
            text = text.Replace(secret!, "***", StringComparison.Ordinal);
        }

        return text;
    }

    private static string Cut(string text) => text.Length > 100 ? text[..100] : text;
}
