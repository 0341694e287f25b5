package fixgw.gateway; public final class Gateway { public static void main(String[] a) {} }
