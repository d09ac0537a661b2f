using System.Data;
using System.Globalization;
using Dapper;

namespace ModularCrm.Host.Data;

/// <summary>
/// Stores every <see cref="DateTimeOffset"/> in UTC and reads one back from whatever the engine returns:
/// SQLite gives ISO text, PostgreSQL a UTC <see cref="DateTime"/>, SQL Server a <see cref="DateTimeOffset"/>.
/// Without it Dapper cannot map SQLite's text to <see cref="DateTimeOffset"/> properties.
/// </summary>
internal sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime dateTime => new DateTimeOffset(
            dateTime.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(dateTime, DateTimeKind.Utc) : dateTime.ToUniversalTime()),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new DataException($"Cannot read a {value.GetType().Name} as a DateTimeOffset."),
    };
}
