package fixgw.simulator.client;

import java.math.BigDecimal;
import java.util.Map;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.BusinessRejectReason;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.RefMsgType;
import quickfix.field.RefSeqNum;
import quickfix.field.RefTagID;
import quickfix.field.SessionRejectReason;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;

/**
 * One line per received message, e.g. {@code 8 clOrdId=O1 orderId=G-1 execType=FILL ordStatus=FILLED
 * sym=AAPL side=BUY lastQty=100 lastPx=190.02 cumQty=100 leavesQty=0 avgPx=190.02 text=}.
 */
public final class ReportFormatter {
    private static final Map<Character, String> EXEC_TYPES = Map.ofEntries(
            Map.entry('0', "NEW"), Map.entry('3', "DONE_FOR_DAY"), Map.entry('4', "CANCELED"),
            Map.entry('5', "REPLACED"), Map.entry('6', "PENDING_CANCEL"), Map.entry('7', "STOPPED"),
            Map.entry('8', "REJECTED"), Map.entry('9', "SUSPENDED"), Map.entry('A', "PENDING_NEW"),
            Map.entry('B', "CALCULATED"), Map.entry('C', "EXPIRED"), Map.entry('D', "RESTATED"),
            Map.entry('E', "PENDING_REPLACE"), Map.entry('F', "FILL"), Map.entry('I', "ORDER_STATUS"));
    private static final Map<Character, String> ORD_STATUSES = Map.ofEntries(
            Map.entry('0', "NEW"), Map.entry('1', "PARTIALLY_FILLED"), Map.entry('2', "FILLED"),
            Map.entry('3', "DONE_FOR_DAY"), Map.entry('4', "CANCELED"), Map.entry('6', "PENDING_CANCEL"),
            Map.entry('7', "STOPPED"), Map.entry('8', "REJECTED"), Map.entry('9', "SUSPENDED"),
            Map.entry('A', "PENDING_NEW"), Map.entry('B', "CALCULATED"), Map.entry('C', "EXPIRED"),
            Map.entry('D', "ACCEPTED_FOR_BIDDING"), Map.entry('E', "PENDING_REPLACE"));
    private static final Map<Character, String> SIDES = Map.of(
            '1', "BUY", '2', "SELL", '3', "BUY_MINUS", '4', "SELL_PLUS", '5', "SELL_SHORT", '6', "SELL_SHORT_EXEMPT");

    private ReportFormatter() {
    }

    public static String format(Message message) {
        String type = FixFields.msgType(message);
        switch (type) {
            case MsgType.EXECUTION_REPORT:
                return "8 clOrdId=" + FixFields.text(message, ClOrdID.FIELD)
                        + optional(" origClOrdId=", message, OrigClOrdID.FIELD)
                        + " orderId=" + FixFields.text(message, OrderID.FIELD)
                        + " execType=" + name(EXEC_TYPES, message, ExecType.FIELD)
                        + " ordStatus=" + name(ORD_STATUSES, message, OrdStatus.FIELD)
                        + " sym=" + FixFields.text(message, Symbol.FIELD)
                        + " side=" + name(SIDES, message, Side.FIELD)
                        + " lastQty=" + number(message, LastQty.FIELD)
                        + " lastPx=" + number(message, LastPx.FIELD)
                        + " cumQty=" + number(message, CumQty.FIELD)
                        + " leavesQty=" + number(message, LeavesQty.FIELD)
                        + " avgPx=" + number(message, AvgPx.FIELD)
                        + optional(" ordRejReason=", message, OrdRejReason.FIELD)
                        + " text=" + FixFields.text(message, Text.FIELD);
            case MsgType.ORDER_CANCEL_REJECT:
                return "9 clOrdId=" + FixFields.text(message, ClOrdID.FIELD)
                        + " origClOrdId=" + FixFields.text(message, OrigClOrdID.FIELD)
                        + " orderId=" + FixFields.text(message, OrderID.FIELD)
                        + " ordStatus=" + name(ORD_STATUSES, message, OrdStatus.FIELD)
                        + " cxlRejResponseTo=" + FixFields.text(message, CxlRejResponseTo.FIELD)
                        + " cxlRejReason=" + FixFields.text(message, CxlRejReason.FIELD)
                        + " text=" + FixFields.text(message, Text.FIELD);
            case MsgType.BUSINESS_MESSAGE_REJECT:
                return "j refMsgType=" + FixFields.text(message, RefMsgType.FIELD)
                        + " refId=" + FixFields.text(message, BusinessRejectRefID.FIELD)
                        + " refSeqNum=" + FixFields.text(message, RefSeqNum.FIELD)
                        + " reason=" + FixFields.text(message, BusinessRejectReason.FIELD)
                        + " text=" + FixFields.text(message, Text.FIELD);
            case MsgType.REJECT:
                return "3 refSeqNum=" + FixFields.text(message, RefSeqNum.FIELD)
                        + " refMsgType=" + FixFields.text(message, RefMsgType.FIELD)
                        + " refTagId=" + FixFields.text(message, RefTagID.FIELD)
                        + " reason=" + FixFields.text(message, SessionRejectReason.FIELD)
                        + " text=" + FixFields.text(message, Text.FIELD);
            default:
                return type + " " + message.toString().replace('\u0001', '|');
        }
    }

    private static String name(Map<Character, String> names, Message message, int tag) {
        char code = FixFields.code(message, tag);
        return code == 0 ? "" : names.getOrDefault(code, String.valueOf(code));
    }

    private static String number(Message message, int tag) {
        BigDecimal value = FixFields.decimal(message, tag);
        return value == null ? "" : value.toPlainString();
    }

    private static String optional(String label, Message message, int tag) {
        String value = FixFields.text(message, tag);
        return value.isEmpty() ? "" : label + value;
    }
}
